package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;

/**
 * Progress of one source's sync, for a progress bar. Holds counts only.
 *
 * @param source   the source
 * @param pages    pages committed so far in this run
 * @param contacts contacts received so far in this run
 * @param done     whether the source has finished this run
 */
public record SyncProgress(SourceId source, int pages, int contacts, boolean done) {
}
