package io.dockwright.dockerfile;

public enum Severity { ERROR, WARNING, INFO }
