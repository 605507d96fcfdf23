namespace NewsTreaty.Web.Desk.Services;

/// <summary>One keyboard shortcut: the key as the desk's script names it ("g c", "ctrl+s", "/", "j"), what it does and when it is shown.</summary>
public sealed record Shortcut(string Keys, string Description, Func<Task> Action, string Group = "This page");

/// <summary>
/// The circuit's keyboard shortcuts. The layout's script reports every key press outside text fields (and ctrl+s, escape
/// everywhere); pages register what their keys do while they are shown. The list is what the page and the "?" dialog show.
/// </summary>
public sealed class ShortcutHub
{
    private readonly List<Shortcut> _shortcuts = [];

    public event Action? Changed;

    public IReadOnlyList<Shortcut> All => _shortcuts;

    public IDisposable Register(params Shortcut[] shortcuts)
    {
        _shortcuts.AddRange(shortcuts);
        Changed?.Invoke();
        return new Registration(this, shortcuts);
    }

    /// <summary>Runs the most recently registered action for the key; false when no shortcut has it.</summary>
    public async Task<bool> RunAsync(string keys)
    {
        var shortcut = _shortcuts.LastOrDefault(s => string.Equals(s.Keys, keys, StringComparison.OrdinalIgnoreCase));
        if (shortcut is null)
        {
            return false;
        }

        await shortcut.Action();
        return true;
    }

    private sealed class Registration(ShortcutHub hub, Shortcut[] shortcuts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var shortcut in shortcuts)
            {
                hub._shortcuts.Remove(shortcut);
            }

            hub.Changed?.Invoke();
        }
    }
}
