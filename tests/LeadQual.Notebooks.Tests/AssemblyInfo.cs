// The runner redirects the console and the working directory of the process while a notebook runs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
