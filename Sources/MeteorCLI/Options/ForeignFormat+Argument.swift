public import ArgumentParser

/// `--from json|nested-json|env` on `import`.
extension ForeignFormat: ExpressibleByArgument {}
