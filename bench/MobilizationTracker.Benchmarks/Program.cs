using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MobilizationTracker.Benchmarks.ArticleReadingBenchmarks).Assembly).Run(args);
