using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data;

/// <summary>Stores a <see cref="PartialDate"/> as its EDTF text ("1961", "2014-05", "2024-06-20~").</summary>
internal sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(d => d.ToString(), s => PartialDate.Parse(s));
