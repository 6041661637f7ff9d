"""Child process for the crash test: registers cases as fast as it can and
prints each case number once its transaction has committed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root

from desktop.cases.registration import register_case
from desktop.data.store import Store
from tests.conftest import sample_case

store = Store.open(Path(sys.argv[1]), user="crash-test")
print("READY", flush=True)
while True:
    ref = register_case(store, sample_case(store))
    print(ref.number, flush=True)
