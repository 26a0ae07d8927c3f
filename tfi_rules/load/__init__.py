"""Reading a file: discovery, bytes, YAML 1.2 with positions, schema validation (the ground floor every command stands on)."""
