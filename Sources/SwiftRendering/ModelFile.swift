import SchemaInference

/// Everything one model file's text is made from, and nothing else: ``ModelRenderer``
/// plans one per file from the whole model, then renders each from its plan alone (and,
/// when the models are split into modules, the ``ModuleImports`` whose fingerprint it holds).
///
/// Because a file's text is a function of its plan (and of the templates), an earlier run's
/// text can be reused when the plan's encoding is unchanged (see ``RenderingMemo``): a page
/// edit re-renders only the files whose plans it changed, such as its type's file, a derived
/// type's (inherited properties) or a base type's enumeration of derived types.
struct ModelFile: Codable {
    /// Which template the file is made with.
    enum Shape: String, Codable {
        /// A struct of an entity or complex type (`Struct.swift`).
        case structure
        /// An open enumeration (`Enum.swift`).
        case enumeration
        /// A complex type without properties that holds any JSON (`TypeAlias.swift`).
        case anyJSON
        /// The enumeration of a base type and the types derived from it (`AnyType.swift`).
        case polymorphic
    }

    /// A stored property of a struct, inherited ones included.
    struct Property: Codable {
        /// The wire name.
        var name: String
        /// The Swift type of its value (`[String]`, `AnyDirectoryObject`).
        var valueType: String
        /// Whether `null` is a value of its own (stored as `Nullable`).
        var nullable: Bool
        /// Whether it is stored out of line, in an `Indirect` box (``OutOfLineProperties``).
        var boxed: Bool
        /// The documentation's description.
        var description: String
        /// Where the description was documented, for an edit of it alone (``ModelFilePlans``).
        var descriptionOrigin: ProseOrigin?
    }

    /// A type derived, directly or not, from the base type of a polymorphic enumeration.
    struct DerivedType: Codable {
        /// Its name without namespace, for the case's name.
        var simpleName: String
        /// Its Swift type.
        var typeName: String
    }

    /// The file's path below the models' directory (`Microsoft/Graph/Call.swift`).
    var path: String
    /// The namespace of the type.
    var namespace: String
    /// When the models are split into modules: the file's module, and the
    /// ``ModuleImports/fingerprint`` of what its import lines are chosen from.
    var module: String?
    var importsFingerprint: String?
    var shape: Shape
    /// The Swift name of the type the file declares (for a polymorphic file, of its base type).
    var name: String
    /// The type's qualified name (`microsoft.graph.call`).
    var typeName: String
    /// The type's name without namespace.
    var simpleName: String
    /// The type's description.
    var description: String
    /// Where the description was documented, for an edit of it alone (``ModelFilePlans``).
    var descriptionOrigin: ProseOrigin?
    /// The type's base type, as documented.
    var baseType: String?
    /// The page that documents the type, as generated code names it.
    var source: String?
    /// The enumeration the type is declared in (``SwiftTypeNames/namespace``).
    var swiftNamespace: String
    /// The declarations' access keyword.
    var access: String
    /// The protocols a struct conforms to.
    var conformances: String
    /// A struct's properties, its base types' first.
    var properties: [Property] = []
    /// Whether a struct carries `@odata.type` (it has a documented base or derived type).
    var isPolymorphic = false
    /// An enumeration's wire names.
    var members: [String] = []
    /// A polymorphic file's enumeration name (`AnyDirectoryObject`).
    var anyName: String?
    /// A polymorphic file's derived types, nearest first.
    var derivedTypes: [DerivedType] = []
}
