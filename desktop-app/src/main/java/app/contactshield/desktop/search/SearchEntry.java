package app.contactshield.desktop.search;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import java.util.Objects;

/**
 * What a result row shows of one person, kept by the index so that a result list needs no store access.
 *
 * @param key           the person's key
 * @param displayName   the name to show
 * @param company       company, or empty
 * @param jobTitle      job title, or empty
 * @param department    department, or empty
 * @param sources       the sources the person's records came from, in first-seen order
 * @param directoryUser whether the person is a colleague in the directory (and may have presence)
 */
public record SearchEntry(
        PersonKey key,
        String displayName,
        String company,
        String jobTitle,
        String department,
        List<SourceId> sources,
        boolean directoryUser) {

    public SearchEntry {
        Objects.requireNonNull(key, "key");
        displayName = displayName == null ? "" : displayName;
        company = company == null ? "" : company;
        jobTitle = jobTitle == null ? "" : jobTitle;
        department = department == null ? "" : department;
        sources = List.copyOf(sources);
    }
}
