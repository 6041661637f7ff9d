"""Partners: partner organisations, their contacts, referred cases and contact moments."""
