@_exported public import MeteorFormat
