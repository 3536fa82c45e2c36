using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HospitalDomain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    scheme = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    entity = table.Column<string>(type: "text", nullable: false),
                    peer_group = table.Column<string>(type: "text", nullable: false),
                    total = table.Column<decimal>(type: "numeric", nullable: false),
                    grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    peer_count = table.Column<int>(type: "integer", nullable: false),
                    lifted = table.Column<string>(type: "text", nullable: true),
                    cost = table.Column<string>(type: "text", nullable: true),
                    previous_total = table.Column<decimal>(type: "numeric", nullable: true),
                    previous_grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => new { x.scheme, x.period, x.entity });
                });

            migrationBuilder.CreateTable(
                name: "discharge_records",
                columns: table => new
                {
                    zzjgdm = table.Column<string>(type: "text", nullable: false),
                    bah = table.Column<string>(type: "text", nullable: false),
                    zycs = table.Column<int>(type: "integer", nullable: false),
                    xb = table.Column<int>(type: "integer", nullable: true),
                    rysj = table.Column<DateTime>(type: "timestamp", nullable: false),
                    cysj = table.Column<DateTime>(type: "timestamp", nullable: false),
                    rykb = table.Column<string>(type: "text", nullable: true),
                    cykb = table.Column<string>(type: "text", nullable: true),
                    sjzyts = table.Column<int>(type: "integer", nullable: false),
                    jbdm = table.Column<string>(type: "text", nullable: true),
                    lyfs = table.Column<int>(type: "integer", nullable: false),
                    zfy = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: false),
                    zfje = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    ylfuf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    zlczf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    hlf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    qtfy = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    blzdf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    syszdf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    yxxzdf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    lczdxmf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    fsszlxmf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    wlzlf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    sszlf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    maf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    ssf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    kff = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    zyzlf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    xyf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    kjywf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    zcyf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    zcyf1 = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    xf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    bdblzpf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    qdblzpf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    nxyzlzpf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    xbyzlzpf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    hcyyclf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    yyclf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    ycxyyclf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    qtf = table.Column<decimal>(type: "numeric(16,4)", precision: 16, scale: 4, nullable: true),
                    ssjczbm1 = table.Column<string>(type: "text", nullable: true),
                    ssjb1 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb1 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm2 = table.Column<string>(type: "text", nullable: true),
                    ssjb2 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb2 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm3 = table.Column<string>(type: "text", nullable: true),
                    ssjb3 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb3 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm4 = table.Column<string>(type: "text", nullable: true),
                    ssjb4 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb4 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm5 = table.Column<string>(type: "text", nullable: true),
                    ssjb5 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb5 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm6 = table.Column<string>(type: "text", nullable: true),
                    ssjb6 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb6 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm7 = table.Column<string>(type: "text", nullable: true),
                    ssjb7 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb7 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm8 = table.Column<string>(type: "text", nullable: true),
                    ssjb8 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb8 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm9 = table.Column<string>(type: "text", nullable: true),
                    ssjb9 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb9 = table.Column<int>(type: "integer", nullable: true),
                    ssjczbm10 = table.Column<string>(type: "text", nullable: true),
                    ssjb10 = table.Column<int>(type: "integer", nullable: true),
                    qkyhlb10 = table.Column<int>(type: "integer", nullable: true),
                    drg_group = table.Column<string>(type: "text", nullable: true),
                    drg_weight = table.Column<decimal>(type: "numeric(16,8)", precision: 16, scale: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discharge_records", x => new { x.zzjgdm, x.bah, x.zycs });
                });

            migrationBuilder.CreateTable(
                name: "hospitals",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    region = table.Column<string>(type: "text", nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    organization_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hospitals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_results",
                columns: table => new
                {
                    entity = table.Column<string>(type: "text", nullable: false),
                    period = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    edition = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    indicator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    serial = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    numerator = table.Column<decimal>(type: "numeric", nullable: true),
                    denominator = table.Column<decimal>(type: "numeric", nullable: true),
                    missing_metrics = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_results", x => new { x.entity, x.period, x.edition, x.indicator });
                });

            migrationBuilder.CreateTable(
                name: "metric_values",
                columns: table => new
                {
                    entity = table.Column<string>(type: "text", nullable: false),
                    period = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    metric = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_values", x => new { x.entity, x.period, x.metric });
                });

            migrationBuilder.CreateTable(
                name: "assessment_points",
                columns: table => new
                {
                    scheme = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    entity = table.Column<string>(type: "text", nullable: false),
                    indicator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    dimension = table.Column<string>(type: "text", nullable: false),
                    weight = table.Column<decimal>(type: "numeric", nullable: false),
                    points = table.Column<decimal>(type: "numeric", nullable: false),
                    indicator_value = table.Column<decimal>(type: "numeric", nullable: true),
                    percentile_rank = table.Column<decimal>(type: "numeric", nullable: true),
                    missing = table.Column<bool>(type: "boolean", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_points", x => new { x.scheme, x.period, x.entity, x.indicator });
                    table.ForeignKey(
                        name: "FK_assessment_points_assessments_scheme_period_entity",
                        columns: x => new { x.scheme, x.period, x.entity },
                        principalTable: "assessments",
                        principalColumns: new[] { "scheme", "period", "entity" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    hospital_id = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => new { x.hospital_id, x.code });
                    table.ForeignKey(
                        name: "FK_departments_hospitals_hospital_id",
                        column: x => x.hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_metric_values_metric_period",
                table: "metric_values",
                columns: new[] { "metric", "period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_points");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "discharge_records");

            migrationBuilder.DropTable(
                name: "indicator_results");

            migrationBuilder.DropTable(
                name: "metric_values");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "hospitals");
        }
    }
}
