@_exported public import MeteorKit
