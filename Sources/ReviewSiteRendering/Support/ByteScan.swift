/// Finds the first byte of a kind in a buffer 8 bytes at a time (SWAR), for the scans that run
/// over every text written: HTML escaping and JSON escaping.
///
/// `lanes` marks the top bit of each lane of a chunk holding such a byte; its lowest mark must
/// be exact (a borrow may mark lanes above a true one, never below). Chunks are loaded
/// little-endian, so the lowest lane is the first byte. `isMarked` tests the bytes of the tail.
/// Both are inlined into each scan, which costs no more than a loop written out for each.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let tops: UInt64 = 0x8080_8080_8080_8080

    /// The top bit of each lane that is zero (`haszero` from Bit Twiddling Hacks).
    @inline(__always)
    static func zeroLanes(_ chunk: UInt64) -> UInt64 { (chunk &- ones) & ~chunk & tops }

    /// The top bit of each lane equal to `byte`.
    @inline(__always)
    static func lanes(_ chunk: UInt64, equalTo byte: UInt8) -> UInt64 { zeroLanes(chunk ^ (ones &* UInt64(byte))) }

    @inline(__always)
    static func first(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, lanes: (UInt64) -> UInt64, isMarked: (UInt8) -> Bool
    ) -> Int? {
        var index = start
        if let base = bytes.baseAddress {
            while index &+ 8 <= bytes.count {
                let found = lanes(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                if found != 0 { return index &+ found.trailingZeroBitCount / 8 }
                index &+= 8
            }
        }
        while index < bytes.count {
            if isMarked(bytes[index]) { return index }
            index &+= 1
        }
        return nil
    }
}
