using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Records.Reading;

namespace HospitalDomain.Records.Tests.Reading;

public sealed class Gb18030DecodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Theory]
    [InlineData("")]
    [InlineData("ZZJGDM,BAH\r\n")]
    [InlineData("丂@A,丂1,〇")]
    [InlineData("𠀀a𪚥b€,ÿ 心内科,1234.56")]
    [InlineData("测试患者\"引号\",\r\n多行")]
    public void Decoding_EqualsTheCodePagesDecoder(string text) => Check(text).Should().BeTrue();

    [Property(MaxTest = 200)]
    public Property Decoding_EqualsTheCodePagesDecoder_ForAnyMixOfScripts() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("a", "0", ",", "\"", "\r\n", "丂", "中", "〇", "𠀀", "€", "ÿ", "1", "@", "鿿", "가")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text => Check(text));

    [Theory]
    [InlineData(new byte[] { 0x81, 0x2C, 0x41 })]
    [InlineData(new byte[] { 0xFF, 0x41, 0x80 })]
    [InlineData(new byte[] { 0x81, 0x7F, 0x0A })]
    [InlineData(new byte[] { 0x81, 0x30, 0x81, 0x30, 0x2C })]
    [InlineData(new byte[] { 0x95, 0x32, 0x82, 0x36 })]
    [InlineData(new byte[] { 0xD6, 0xD0, 0x81 })]
    public void InvalidOrRareSequences_DecodeAsTheCodePagesDecoderDoes(byte[] bytes) => Check(bytes).Should().BeTrue();

    private static bool Check(string text) => Check(Gb18030.GetBytes(text));

    private static bool Check(byte[] bytes)
    {
        var chars = new char[Gb18030.GetMaxCharCount(bytes.Length)];
        var length = Gb18030Decoding.GetChars(Gb18030, bytes, bytes.Length, chars);
        return new string(chars, 0, length) == Gb18030.GetString(bytes);
    }
}
