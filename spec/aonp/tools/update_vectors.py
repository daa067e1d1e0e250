"""Rewrites the test vector blocks of ../*.md in place from the output of the reference implementation.

Usage: java -cp <aonp test classpath> io.agentwire.aonp.spec.VectorPrinter | python3 update_vectors.py
A block is replaced when a block of the same name was printed; blocks of other names are left alone.
"""
import pathlib
import re
import sys

blocks = {m.group(1): m.group(0).rstrip('\n')
          for m in re.finditer(r'~~~ vector (\S+)\n.*?~~~\n', sys.stdin.read(), re.S)}
for doc in sorted(pathlib.Path(__file__).resolve().parent.parent.glob('*.md')):
    text = doc.read_text()
    new = re.sub(r'~~~ vector (\S+)\n.*?~~~', lambda m: blocks.get(m.group(1), m.group(0)), text, flags=re.S)
    if new != text:
        doc.write_text(new)
        print('updated', doc.name)
