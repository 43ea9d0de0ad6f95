package org.qinqing.hall.store;

import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A region of the {@link Rows} cache: committed values by key (a string, so that another node can
 * name it). See {@link Rows} for the coherence rule.
 *
 * @param <V> the values
 * @since 2.0
 */
@ProviderType
public interface Region<V> {

    /** @return the region's name */
    String name();

    /**
     * @param key  the key
     * @param load reads the committed value from the database, outside any unit ({@link Database#read});
     *             {@code null}: there is none (nothing is kept)
     * @return the kept value, or the loaded one (kept unless a change of the key's stripe overlapped the load)
     */
    V get(String key, Function<String, V> load);

    /**
     * Inside a unit (the writer): the kept value, unless a unit whose commit is not applied yet (in
     * this batch, an earlier one still committing, or this unit itself) changed the key; then, or
     * when none is kept, what {@code load} reads through the unit's connection. What it read is kept
     * (since 2.3) only when no such unit had changed the key (it read the committed rows), and only
     * once this unit commits, unless a change of the key came between (a change this unit makes of
     * the key applies after it); so a unit must say {@link #changed} of every key whose rows it
     * changes, as the rule of {@link Rows} asks, also of one it reads after changing it.
     *
     * @return the value as this unit sees it, or {@code null}
     * @throws SQLException from {@code load}
     */
    V get(Tx tx, String key, TxWork<V> load) throws SQLException;

    /** @return the kept value, or {@code null}: never loads (e.g. a summary of the cases in hand) */
    V peek(String key);

    /** This unit changes the key's rows: once it commits, the entry is dropped. */
    void changed(Tx tx, String key);

    /**
     * This unit leaves the key's rows as {@code value} (exactly what is committed, whole): once it
     * commits, {@code value} is kept.
     */
    void changed(Tx tx, String key, V value);

    /**
     * This unit changes part of the key's rows: once it commits, a kept entry becomes what
     * {@code change} makes of it ({@code null}: dropped); none is loaded for it. Another node drops it.
     * Keep {@code change} to a copy and a few assignments: it runs in the committing thread.
     */
    void changedPart(Tx tx, String key, UnaryOperator<V> change);

    /** Drops the key's entry now. */
    void invalidate(String key);

    /** Drops every entry now. */
    void invalidateAll();
}
