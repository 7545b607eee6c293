// The reference models in Models/ are written for a generated package, where the runtime
// is part of the same module; here the runtime is the GraphRuntime module.
@_exported import GraphRuntime
