package app.throughline.person;

import app.throughline.api.Conflict;

/** Two people of one workspace with one e-mail address: the second is refused (409). */
public class DuplicateEmail extends Conflict {

    public DuplicateEmail(String email, Person other) {
        super(
                "duplicate-email",
                "E-mail already used",
                "The e-mail " + email + " is already the person \"" + other.name + "\" (" + other.id
                        + ") in this workspace");
        with("personId", other.id);
    }
}
