"""Learned event classification: MiniLM sentence embeddings (ONNX, int8) run with onnxruntime."""
