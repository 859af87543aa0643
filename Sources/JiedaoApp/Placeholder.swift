// JiedaoApp
