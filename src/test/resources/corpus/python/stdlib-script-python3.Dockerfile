FROM python:3
WORKDIR /usr/src/app
COPY report.py .
CMD ["python", "./report.py"]
