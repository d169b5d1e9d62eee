#include <iostream>

#include "stock/inventory.hpp"

int main(int argc, char** argv) {
    const std::string seed = argc > 1 ? argv[1] : "/usr/local/share/stockcheck/seed.sql";
    try {
        stock::Inventory inventory(":memory:");
        inventory.load(seed);
        auto shortfalls = inventory.belowReorderLevel();
        std::cout << "stockcheck " << STOCKCHECK_VERSION << ": " << shortfalls.size() << " of "
                  << inventory.itemCount() << " items to reorder";
        for (const auto& s : shortfalls) std::cout << (&s == &shortfalls.front() ? ": " : ", ") << s.sku << " +" << s.missing;
        std::cout << '\n';
    } catch (const std::exception& e) {
        std::cerr << "stockcheck: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
