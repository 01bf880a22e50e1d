using System.Buffers.Binary;
using System.Text;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Just enough of the OLE2 compound file format to list stream names: that tells an encrypted
/// .docx (an "EncryptedPackage" stream) from a Word 97-2003 .doc, which share the same magic.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxDirectorySectors = 4096;

    public static ReadOnlySpan<byte> Magic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> data) => data.Length >= 8 && data[..8].SequenceEqual(Magic);

    /// <summary>True when a directory entry with this name exists; false when none does or the file is unreadable.</summary>
    public static bool HasEntry(byte[] data, string name)
    {
        if (data.Length < 512)
        {
            return false;
        }

        int shift = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return false;
        }

        var sectorSize = 1 << shift;
        var fat = ReadFat(data, sectorSize);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(0x30));
        for (var guard = 0; sector < EndOfChain && guard < MaxDirectorySectors; guard++)
        {
            var offset = (long)(sector + 1) * sectorSize;
            if (offset + sectorSize > data.Length)
            {
                return false;
            }

            for (var e = 0; e < sectorSize / 128; e++)
            {
                var entry = data.AsSpan((int)offset + (e * 128), 128);
                int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                if (nameBytes is >= 2 and <= 64 &&
                    string.Equals(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]), name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return false;
    }

    private static List<uint> ReadFat(byte[] data, int sectorSize)
    {
        // Only the 109 header DIFAT slots: enough for files up to ~7 MB, and a plan is far smaller.
        var fat = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var fatSector = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(0x4C + (i * 4)));
            if (fatSector >= EndOfChain - 1)
            {
                break;
            }

            var offset = (long)(fatSector + 1) * sectorSize;
            if (offset + sectorSize > data.Length)
            {
                break;
            }

            for (var k = 0; k < sectorSize; k += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan((int)offset + k)));
            }
        }

        return fat;
    }
}
