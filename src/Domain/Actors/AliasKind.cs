namespace NewsTreaty.Domain.Actors;

/// <summary>
/// What sort of name an alias is, which decides when a mention may resolve through it: a full name by itself;
/// a short name (bare surname, initials) only with context that rules out everyone else who shares it; a title
/// or role only within its validity period; a metonym ("Pyongyang", "the Kremlin") only where the text speaks
/// of an actor, not a place; a description ("the hermit kingdom", "Russia's dictator") never by itself.
/// </summary>
public enum AliasKind
{
    Name,
    ShortName,
    TitleOrRole,
    Metonym,
    Description,
}
