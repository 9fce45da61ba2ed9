/// Every workload, in the order they run.
enum Workloads {
    static var all: [Workload] {
        ParseWorkloads.all + EngineWorkloads.all
            + StoreWorkloads.all + TUISearchWorkloads.all
    }
}
