namespace HospitalDomain.Departments;

/// <summary>Renders key-specialty recognitions the way Chinese reports write them.</summary>
internal static class KeySpecialtyText
{
    /// <summary>Level + programme + stage: 国家 + 临床重点专科 + 建设单位.</summary>
    public static string Title(KeySpecialtyLevel? level, KeySpecialtyProgramme programme, KeySpecialtyStage? stage)
    {
        var prefix = level switch
        {
            KeySpecialtyLevel.National => "国家",
            KeySpecialtyLevel.Provincial => "省级",
            KeySpecialtyLevel.Municipal => "市级",
            KeySpecialtyLevel.County => "县级",
            KeySpecialtyLevel.Hospital => "院级",
            null => string.Empty,
            _ => throw Preconditions.Unhandled(level),
        };
        var body = programme switch
        {
            KeySpecialtyProgramme.ClinicalKeySpecialty => "临床重点专科",
            KeySpecialtyProgramme.TcmKeySpecialty => "中医重点专科",
            KeySpecialtyProgramme.TcmAdvantageSpecialty => "中医优势专科",
            KeySpecialtyProgramme.RegionalTcmCentre => "区域中医（专科）诊疗中心",
            KeySpecialtyProgramme.PremiumSpecialty => "精品专科",
            KeySpecialtyProgramme.KeyDiscipline => "重点学科",
            _ => throw new ArgumentOutOfRangeException(nameof(programme), programme, "programme is not a defined KeySpecialtyProgramme value."),
        };
        var suffix = stage switch
        {
            KeySpecialtyStage.ConstructionUnit => "建设单位",
            KeySpecialtyStage.Cultivation => "培育单位",
            KeySpecialtyStage.Accepted => "（已验收）",
            KeySpecialtyStage.Shortlisted => "（入围）",
            KeySpecialtyStage.Applied => "（申报中）",
            null => string.Empty,
            _ => throw Preconditions.Unhandled(stage),
        };
        return prefix + body + suffix;
    }
}
