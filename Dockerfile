# One image for the API and the workers: `certledger serve` or `certledger worker`.
FROM python:3.11-slim-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY certledger ./certledger
COPY ingest ./ingest
COPY extract ./extract
COPY classify ./classify
COPY verify ./verify
COPY workers ./workers
RUN pip install --no-cache-dir .

RUN useradd --create-home certledger && mkdir -p /data && chown certledger /data
USER certledger
ENV CERTLEDGER_DATA_DIR=/data
EXPOSE 8000
CMD ["certledger", "serve", "--host", "0.0.0.0", "--port", "8000"]
