using System;
using System.IO;
using System.Text;

namespace KlingGen.Testing;

/// <summary>Builds a tiny, structurally valid MP4 (ftyp + moov/mvhd + mdat) standing in for a generated video.</summary>
public static class Mp4Sample
{
    /// <summary>Returns the bytes of an MP4 whose movie header states <paramref name="duration"/>.</summary>
    public static byte[] Create(TimeSpan duration)
    {
        const uint timescale = 1000;
        using var output = new MemoryStream();
        using var writer = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true);

        Box(writer, "ftyp", w =>
        {
            w.Write(Encoding.ASCII.GetBytes("isom"));
            BigEndian(w, 0x200);
            w.Write(Encoding.ASCII.GetBytes("isomiso2mp41"));
        });

        Box(writer, "moov", moov => Box(moov, "mvhd", w =>
        {
            BigEndian(w, 0);                                   // version 0, flags 0
            BigEndian(w, 0);                                   // creation time
            BigEndian(w, 0);                                   // modification time
            BigEndian(w, timescale);
            BigEndian(w, (uint)Math.Round(duration.TotalMilliseconds));
            BigEndian(w, 0x00010000);                          // rate 1.0
            w.Write((byte)0x01);                               // volume 1.0
            w.Write((byte)0x00);
            w.Write(new byte[10]);                             // reserved
            uint[] matrix = { 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000 };
            foreach (var m in matrix)
            {
                BigEndian(w, m);
            }

            w.Write(new byte[24]);                             // pre-defined
            BigEndian(w, 2);                                   // next track id
        }));

        Box(writer, "mdat", w => w.Write(new byte[64]));
        writer.Flush();
        return output.ToArray();
    }

    private static void Box(BinaryWriter writer, string type, Action<BinaryWriter> content)
    {
        using var body = new MemoryStream();
        using (var inner = new BinaryWriter(body, Encoding.ASCII, leaveOpen: true))
        {
            content(inner);
        }

        BigEndian(writer, (uint)(body.Length + 8));
        writer.Write(Encoding.ASCII.GetBytes(type));
        writer.Write(body.ToArray());
    }

    private static void BigEndian(BinaryWriter writer, uint value)
    {
        writer.Write((byte)(value >> 24));
        writer.Write((byte)(value >> 16));
        writer.Write((byte)(value >> 8));
        writer.Write((byte)value);
    }
}
