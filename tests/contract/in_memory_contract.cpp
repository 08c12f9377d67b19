// Instantiates the case storage tests (CaseContract) for the in-memory test double of the ports
// (domain/testing/in_memory_database.hpp), so the fake that domain tests use answers as the backends do.
#include "domain/testing/in_memory_database.hpp"
#include "tests/contract/case_work_contract.hpp"
#include "tests/contract/coordination_contract.hpp"
#include "tests/contract/directory_contract.hpp"
#include "tests/contract/outreach_contract.hpp"
#include "tests/contract/referral_contract.hpp"
#include "tests/contract/stats_contract.hpp"
#include "tests/contract/storage_contract.hpp"
#include "tests/contract/training_contract.hpp"

namespace sinergi::contract {
namespace {

INSTANTIATE_TEST_SUITE_P(InMemory, CaseContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, TrainingContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, CaseWorkContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, StatsContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, DirectoryContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, OutreachContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, CoordinationContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, CoordinationWithMeetings,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);
INSTANTIATE_TEST_SUITE_P(InMemory, ReferralContract,
                         ::testing::Values(StorageBackend{
                             "InMemory",
                             []() -> std::unique_ptr<Database> {
                               return std::make_unique<domain::test_doubles::InMemoryDatabase>();
                             },
                             false}),
                         BackendName);

}  // namespace
}  // namespace sinergi::contract
