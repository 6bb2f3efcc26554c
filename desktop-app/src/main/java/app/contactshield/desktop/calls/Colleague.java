package app.contactshield.desktop.calls;

import java.util.Objects;

/**
 * A colleague the user can chat with from the call window.
 *
 * @param name              the display name
 * @param title             the job title, or empty
 * @param userPrincipalName the UPN that names them in Teams
 */
public record Colleague(String name, String title, String userPrincipalName) {

    public Colleague {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
    }

    @Override
    public String toString() {
        return title.isEmpty() ? name : name + " · " + title;
    }
}
