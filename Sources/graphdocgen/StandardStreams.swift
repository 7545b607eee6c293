#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the standard streams through their file descriptors.
enum StandardStreams {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        writeAll(Array((line + "\n").utf8), to: 2)
    }

    /// Writes all of `bytes` to a file descriptor, retrying short writes.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

/// Buffered writing to standard output.
struct StandardOutput {
    private var buffer: [UInt8] = []

    /// Appends text, flushing when the buffer is large.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 20 { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        StandardStreams.writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}
