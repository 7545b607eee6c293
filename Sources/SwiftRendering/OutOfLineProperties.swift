/// Finds the struct properties stored out of line, in an `Indirect` box.
///
/// Every property whose value is another model struct (not an array, which is out of line
/// already, not an enumeration of cases, not a polymorphic `Any…` enumeration, which is
/// `indirect`) is boxed. A struct then holds its own members and pointers only:
/// - no struct holds itself, directly or through others (it would have infinite size);
/// - a model's size does not grow with the models it holds (an entity held a dozen others
///   inline, each holding more), so copying a value copies a few pointers;
/// - the value witnesses the compiler writes for each model (copy, assign, destroy) stay
///   short: held inline, they were megabytes of machine code in the v1.0 library, and a
///   large part of its release build's time and memory.
import SchemaInference

enum OutOfLineProperties {
    /// The properties stored boxed.
    /// - Parameter properties: The flattened properties of each struct, by lowercased type name.
    static func find(in properties: [String: [APIProperty]], names: SwiftTypeNames) -> Set<PropertyReference> {
        var boxed: Set<PropertyReference> = []
        for (type, list) in properties {
            for property in list {
                let target = property.type.lowercased()
                guard properties[target] != nil, names.polymorphicName(of: target) == nil else { continue }
                boxed.insert(PropertyReference(type: type, property: property.name))
            }
        }
        return boxed
    }
}
