import ArgumentParser
import SwiftRendering

/// `--access-modifier public|package|internal`: ArgumentParser reads and validates the value.
extension AccessModifier: ExpressibleByArgument {}

/// `--modules single|perNamespace|split`: ArgumentParser reads and validates the value.
extension ModuleLayout: ExpressibleByArgument {}
