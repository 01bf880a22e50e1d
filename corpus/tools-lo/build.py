"""Write src/NAME.html and NAME.gold.json for every hand-written spec in specs/."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

only = set(sys.argv[1:])
for fn in sorted(os.listdir(os.path.join(HERE, "specs"))):
    if not fn.endswith(".py") or (only and fn[:-3] not in only):
        continue
    spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, "specs", fn))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    doc = mod.build()
    doc.write()
    print("wrote", doc.folder, doc.name)
