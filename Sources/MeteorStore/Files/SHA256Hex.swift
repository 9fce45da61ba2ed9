import Crypto
import Foundation

/// SHA-256 as lowercase hex, the form fingerprints and manifests use.
enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The hash of some bytes.
    static func of(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hash of raw memory.
    static func of(_ buffer: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: buffer))
    }

    /// The hash of a string's UTF-8.
    static func of(_ text: String) -> String { of(Array(text.utf8)) }

    /// The hex form of a finished digest.
    static func hex(_ digest: SHA256.Digest) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
