@_exported public import MeteorStore
