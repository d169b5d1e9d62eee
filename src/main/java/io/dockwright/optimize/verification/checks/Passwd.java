package io.dockwright.optimize.verification.checks;

/** Reading {@code /etc/passwd} the way the users and groups check does, for other checks. */
public final class Passwd {
    private Passwd() {}

    /** The home directory of the account {@code user} (a USER value: name or uid, optional group) runs as, or null. */
    public static String homeOf(String passwd, String user) {
        AccountsCheck.Entry e = AccountsCheck.runAs(user, AccountsCheck.Entry.parse(passwd, true));
        return e == null || e.compared().get(2).isBlank() ? null : e.compared().get(2);
    }
}
