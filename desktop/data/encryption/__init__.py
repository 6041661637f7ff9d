"""The data folder encrypted at rest: the SQLite file through SQLCipher (cipher),
the files beside it sealed (sealed_files), the conversion of a folder made before
0.4 (encrypt_existing), a moved folder opened with the recovery code (unlock)."""
