package com.example.app;

/** The application module: no entity of its own, those of catalog-entities. */
public final class CatalogApplication {
    public static void main(String[] args) {
        System.out.println("catalog");
    }
}
