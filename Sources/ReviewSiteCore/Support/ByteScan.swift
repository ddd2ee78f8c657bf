/// Finds the first byte of a kind in a buffer 8 bytes at a time (SWAR), for the scans that run
/// over every text written: the glossary's search for capitals, HTML and JSON escaping.
///
/// `lanes` marks the top bit of each lane of a chunk holding such a byte; its lowest mark must
/// be exact (a borrow may mark lanes above a true one, never below). Chunks are loaded
/// little-endian, so the lowest lane is the first byte. `isMarked` tests the bytes of the tail.
/// Both are inlined into each scan, which costs no more than a loop written out for each.
public enum ByteScan {
    /// Computed, not stored: a stored constant read from another module goes through its
    /// lazy initializer on every read.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var tops: UInt64 { 0x8080_8080_8080_8080 }

    /// The top bit of each lane that is zero (`haszero` from Bit Twiddling Hacks).
    @inlinable @inline(__always)
    public static func zeroLanes(_ chunk: UInt64) -> UInt64 { (chunk &- ones) & ~chunk & tops }

    /// The top bit of each lane below `byte`, which is at most 0x80: such a lane borrows when
    /// `byte` is taken from it.
    @inlinable @inline(__always)
    public static func lanes(_ chunk: UInt64, below byte: UInt8) -> UInt64 { (chunk &- ones &* UInt64(byte)) & ~chunk & tops }

    /// The top bit of each lane equal to `byte`.
    @inlinable @inline(__always)
    public static func lanes(_ chunk: UInt64, equalTo byte: UInt8) -> UInt64 { zeroLanes(chunk ^ (ones &* UInt64(byte))) }

    @inlinable @inline(__always)
    public static func first(
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
