#!/usr/bin/env python3
"""dbdump.py DB: a SHA-1 per table of every row's columns but the wall-clock ones, rows in rowid order
and, separately, sorted (so a change of insertion order shows apart from a change of content)."""
import sqlite3, sys, hashlib
WALL = {'created_at', 'ingested_at', 'recorded_at', 'added_at', 'updated_at', 'started_at', 'finished_at', 'applied_at'}
c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)
for (t,) in c.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name"):
    cols = [r[1] for r in c.execute(f'pragma table_info("{t}")') if r[1] not in WALL]
    sel = ','.join(f'"{x}"' for x in cols)
    try:
        rows = list(c.execute(f'select {sel} from "{t}" order by rowid'))
    except sqlite3.OperationalError:
        rows = list(c.execute(f'select {sel} from "{t}"'))
    h1 = hashlib.sha1(repr(rows).encode()).hexdigest()[:16]
    h2 = hashlib.sha1(repr(sorted(rows, key=repr)).encode()).hexdigest()[:16]
    print(f'{t:16} {len(rows):7d} rows  ordered {h1}  sorted {h2}')
