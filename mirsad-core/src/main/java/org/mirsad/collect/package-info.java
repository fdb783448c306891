/**
 * Corpus-sized tables that keep the Java heap bounded: {@link org.mirsad.collect.Slab} (fixed-size
 * records that move into a memory-mapped {@link org.mirsad.collect.Spill} file past a megabyte),
 * {@link org.mirsad.collect.LongIntMap} over slabs, and {@link org.mirsad.collect.Hashing}, the one 64-bit
 * text hash. The duplicate index and the story clusterer hold their per-article state in them.
 */
package org.mirsad.collect;
