// meteor-bench: medians of Meteor workloads against plain-Swift baselines measured in the same
// run. Usage: swift run -c release meteor-bench [--json] [--filter PREFIX] [--runs N]

let arguments = Array(CommandLine.arguments.dropFirst())
let wantsJSON = arguments.contains("--json")
let filter = arguments.firstIndex(of: "--filter").flatMap {
    $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
}
let runs = arguments.firstIndex(of: "--runs").flatMap {
    $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
}

#if DEBUG
    if !wantsJSON {
        print("warning: debug build; measure with `swift run -c release meteor-bench`")
    }
#endif

var results: [WorkloadResult] = []
if !wantsJSON { print(Report.header) }
for var workload in Workloads.selected(by: filter) {
    if let runs { workload.runs = runs }
    let result = Runner().run(workload)
    results.append(result)
    if !wantsJSON { print(Report.row(result)) }
}
if wantsJSON { print(Report.json(results)) }
