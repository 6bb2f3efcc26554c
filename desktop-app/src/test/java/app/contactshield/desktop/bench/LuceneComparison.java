package app.contactshield.desktop.bench;

import app.contactshield.desktop.search.TextFold;
import app.contactshield.graphsync.model.Person;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The same search answered by Lucene: the same folded tokens in a name and an other-fields field, every suffix of
 * every number's digits in a digits field, each term a prefix query on all three, every term required.
 */
final class LuceneComparison implements AutoCloseable {
    private static final Pattern PHONE_LIKE = Pattern.compile("\\s*[+(]?\\d[\\d\\s()/.\\-]*");

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    LuceneComparison(List<Person> people) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Person person : people) {
                writer.addDocument(document(person));
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    private static Document document(Person person) {
        Document doc = new Document();
        String names = String.join(" ", TextFold.tokens(person.displayName() + " " + person.givenName() + " "
                + person.familyName()));
        String others = String.join(" ", TextFold.tokens(person.company() + " " + person.department() + " "
                + person.jobTitle() + " " + String.join(" ", person.emails())));
        doc.add(new TextField("name", names, Field.Store.NO));
        doc.add(new TextField("other", others, Field.Store.NO));
        for (Person.SourcedPhone phone : person.phones()) {
            String digits = phone.number().e164().substring(1);
            for (int start = 0; start < digits.length(); start++) {
                doc.add(new StringField("digits", digits.substring(start), Field.Store.NO));
            }
        }
        return doc;
    }

    /** The ids (insertion order) of the best {@code limit} documents for a query. */
    List<Integer> query(String text, int limit) throws IOException {
        Query query = parse(text);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, limit);
        List<Integer> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(hit.doc);
        }
        return ids;
    }

    private static Query parse(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (PHONE_LIKE.matcher(text).matches()) {
            all.add(new PrefixQuery(new Term("digits", dialDigits(text))), BooleanClause.Occur.MUST);
            return all.build();
        }
        int terms = 0;
        for (String token : TextFold.tokens(text)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new PrefixQuery(new Term("name", token)), 2f), BooleanClause.Occur.SHOULD);
            any.add(new PrefixQuery(new Term("other", token)), BooleanClause.Occur.SHOULD);
            if (token.chars().allMatch(Character::isDigit)) {
                any.add(new PrefixQuery(new Term("digits", token)), BooleanClause.Occur.SHOULD);
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
            terms++;
        }
        return terms == 0 ? null : all.build();
    }

    private static String dialDigits(String text) {
        String trimmed = text.strip();
        String digits = trimmed.replaceAll("\\D", "");
        if (trimmed.startsWith("+")) {
            return digits;
        }
        String stripped = digits.startsWith("00") ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : digits;
        return stripped.isEmpty() ? digits : stripped;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
