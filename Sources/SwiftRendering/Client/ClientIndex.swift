import SchemaInference

/// The Swift names the client renderer chose, by node of the client tree: how code reaches
/// each resource from its parent and calls its operations. Code that uses the client (the
/// request tests built from the documentation's examples) is written from it.
struct ClientIndex {
    /// A node of the tree: the identities of the steps from the root (empty for the root).
    typealias NodeID = [String]

    /// How a node is reached: a member of its parent's request type, or of its
    /// grandparent's for the key of a collection (`calls(id)`, which skips `calls`).
    struct Accessor: Hashable {
        /// The member's name.
        var name: String
        /// The member's parameters; none for a property.
        var parameters: [StepParameter]
        /// Whether the member is a property (`communications`) rather than a method.
        var isProperty: Bool
        /// Whether the member belongs to the grandparent's type: the parent's step is not written.
        var skipsParent: Bool
    }

    /// A generated operation method and where it is declared.
    struct Method: Hashable {
        /// How it is called.
        var call: OperationCall
        /// The operation it sends.
        var operation: APIOperation
        /// Whether it is declared on the parent's type: an action (`calls(id).answer(…)`).
        var isOnParent: Bool
    }

    /// How each node is reached; the root and a collection only reached by its key have none.
    var accessors: [NodeID: Accessor] = [:]
    /// The methods of each node, by HTTP method in upper case, those it borrows included.
    var methods: [NodeID: [String: Method]] = [:]
    /// The qualified name of each node's request type (`GraphClient.CommunicationsRequests.CallsRequests`).
    var requestTypes: [NodeID: String] = [:]
    /// The steps each node's request type borrows from another node of the same kind (``EntityLinks``).
    var borrowedSteps: [NodeID: [EntityLinks.BorrowedStep]] = [:]
    /// The operations the client sends, as their `GraphOperation` constants describe them, in name order.
    var operations: [APIOperation] = []
}
