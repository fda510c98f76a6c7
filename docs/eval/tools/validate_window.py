"""Checks a window gold file: header, unique events, every article of the window exactly once."""
import sys, re
win, path = sys.argv[1], sys.argv[2]
ids = [l[3:].strip() for l in open(f'/work/gold/w-{win}.txt', encoding='utf-8') if l.startswith('## ')]
seen = {}
lines = open(path, encoding='utf-8').read().rstrip('\n').split('\n')
assert lines[0] == 'event\tlabel\tids', 'bad header'
ok = True
events = set()
for n, l in enumerate(lines[1:], 2):
    cols = l.split('\t')
    if len(cols) != 3: print(f'line {n}: {len(cols)} columns'); ok = False; continue
    ev, label, members = cols
    if ev in events: print(f'line {n}: event {ev} repeated'); ok = False
    events.add(ev)
    for i in members.split(','):
        i = i.strip()
        if i not in ids: print(f'line {n}: {i} not in window'); ok = False
        if i in seen: print(f'line {n}: {i} also in line {seen[i]}'); ok = False
        seen[i] = n
missing = [i for i in ids if i not in seen]
if missing: print(f'{len(missing)} articles missing, e.g. {missing[:5]}'); ok = False
sizes = sorted((len(l.split('\t')[2].split(',')) for l in lines[1:] if len(l.split('\t')) == 3), reverse=True)
print(f'{len(ids)} articles, {len(events)} events, largest {sizes[:10]}, singletons {sizes.count(1)}')
print('OK' if ok else 'NOT OK')
