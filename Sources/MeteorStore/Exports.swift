public import MeteorKit
