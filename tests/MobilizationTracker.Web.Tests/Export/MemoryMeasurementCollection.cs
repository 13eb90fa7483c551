namespace MobilizationTracker.Web.Tests.Export;

/// <summary>Tests that measure process-wide memory run after the parallel ones, by themselves.</summary>
[CollectionDefinition(ExportMemoryTests.Alone, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
