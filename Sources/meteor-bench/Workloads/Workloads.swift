/// Every workload, in the order they run.
enum Workloads {
    /// The groups of workloads by name prefix; a group is built (files written, engines
    /// filled) only when the filter can select one of its workloads.
    static var groups: [(prefix: String, make: () -> [Workload])] {
        [
            ("parse.", { ParseWorkloads.all }), ("engine.", { EngineWorkloads.all }),
            ("store.", { StoreWorkloads.all }), ("cli.", { CLIWorkloads.all }),
            (
                "tui.",
                {
                    TUIWorkloads.all + TUISearchWorkloads.all + TUIEditWorkloads.all
                        + TUILongValueWorkloads.all
                }
            ),
        ]
    }

    /// The workloads whose names start with `filter`, or all of them.
    static func selected(by filter: String?) -> [Workload] {
        groups.flatMap { group -> [Workload] in
            guard let filter else { return group.make() }
            guard filter.hasPrefix(group.prefix) || group.prefix.hasPrefix(filter) else {
                return []
            }
            return group.make().filter { $0.name.hasPrefix(filter) }
        }
    }
}
