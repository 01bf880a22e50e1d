using System.Buffers.Binary;
using System.Text;

namespace DocIngest.Reading.Tests.Docx;

/// <summary>
/// Writes a minimal OLE2 compound file (512-byte sectors: one FAT sector, one directory sector)
/// whose directory lists the given stream names, like the wrapper Word puts around an encrypted .docx.
/// </summary>
internal static class CompoundFileBuilder
{
    public static byte[] Build(params string[] streamNames)
    {
        var data = new byte[512 * 3];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(data, 0);
        var header = data.AsSpan(0, 512);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);          // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);          // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], 0xFFFFFFFE);  // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], 0xFFFFFFFE);  // no DIFAT sectors
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], i == 0 ? 0u : 0xFFFFFFFF);
        }

        var fat = data.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);             // sector 0 holds the FAT
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 0xFFFFFFFE);        // sector 1: directory, one sector

        string[] names = ["Root Entry", .. streamNames];
        for (var e = 0; e < names.Length && e < 4; e++)
        {
            var entry = data.AsSpan(1024 + (e * 128), 128);
            var name = Encoding.Unicode.GetBytes(names[e]);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = (byte)(e == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], e + 1 < names.Length ? (uint)(e + 1) : 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], 0xFFFFFFFE);
        }

        return data;
    }
}
