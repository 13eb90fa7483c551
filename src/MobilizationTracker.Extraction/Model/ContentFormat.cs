namespace MobilizationTracker.Extraction.Model;

public enum ContentFormat
{
    Auto,
    Text,
    Html,
}
